import { CAMPAIGN_KIND_LABELS, CAMPAIGN_KINDS, quotaProblems, type QuotaProblem } from '@union/schemas';
import type { CollectionConfig, NumberField, NumberFieldSingleValidation } from 'payload';
import { dateNotBefore } from '../../fields/dateNotBefore.ts';
import { integerField, integerInRange } from '../../fields/integerField.ts';
import { DAY_AND_TIME } from '../../fields/dateWindow.ts';
import { slugField } from '../../fields/slugField.ts';
import { SLUGS } from '../../slugs.ts';
import { publishedContent } from '../publishedContent.ts';
import { deleteCampaignRules, pushCampaignRules } from './hooks/pushCampaignRules.ts';
import { flagVotesPerMinuteField, votingRoundsField } from './votingRounds.ts';

export const ENDS_BEFORE_START_MESSAGE = '结束时间不能早于开始时间';
export const CLOSES_BEFORE_OPENS_MESSAGE = '报名截止时间不能早于报名开始时间';

const capacityField = integerField({
  name: 'capacity',
  label: '名额',
  min: 1,
  description: '最多可确认的报名人数，留空表示不限。不能少于已报名人数：报名服务会拒绝并说明原因。',
});

const votingOpen = (_data: unknown, siblingData: { enabled?: boolean } | undefined) => Boolean(siblingData?.enabled);

/** A vote quota: a whole number ≥ 1 or empty (no limit of this kind), checked against its sibling quotas. */
function quotaField(name: QuotaProblem['field'], label: string, defaultValue?: number): NumberField {
  const base = integerField({ name, label, min: 1, ...(defaultValue === undefined ? {} : { defaultValue }), description: '留空表示不限。' });
  return {
    ...base,
    admin: { ...base.admin, width: '33%', condition: votingOpen },
    validate: (async (value: number | null | undefined, options: Parameters<NumberFieldSingleValidation>[1]) => {
      const builtIn = await integerInRange(1)(value, options);
      if (builtIn !== true) return builtIn;
      const voting = options.siblingData as Record<string, unknown>;
      const numberOrNull = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
      const problem = quotaProblems({
        enabled: voting.enabled === true,
        perParticipantPerDay: numberOrNull(voting.perParticipantPerDay),
        perCandidatePerDay: numberOrNull(voting.perCandidatePerDay),
        perParticipantPerRound: numberOrNull(voting.perParticipantPerRound),
      }).find((p) => p.field === name);
      return problem ? problem.message : true;
    }) satisfies NumberFieldSingleValidation,
  } as NumberField;
}

export const Campaigns: CollectionConfig = {
  slug: SLUGS.campaigns,
  labels: { singular: '活动', plural: '活动' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'startsAt', 'endsAt', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
    description: '劳模风采、职工读书月、职工歌手大赛、安康杯竞赛等活动。发布后专题网站和报名服务才会看到。',
  },
  ...publishedContent,
  hooks: {
    ...publishedContent.hooks,
    // A refused publish or unpublish stops before the participation API hears of it.
    afterChange: [...publishedContent.hooks.afterChange, pushCampaignRules],
    afterDelete: [deleteCampaignRules],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: '标题',
      required: true,
      maxLength: 200,
    },
    slugField(SLUGS.campaigns, 'reading-month-2019', '网址和报名接口'),
    {
      name: 'kind',
      type: 'select',
      label: '活动类型',
      required: true,
      options: CAMPAIGN_KINDS.map((value) => ({ value, label: CAMPAIGN_KIND_LABELS[value] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'summary',
      type: 'textarea',
      label: '摘要',
      maxLength: 200,
      admin: { description: '显示在活动列表和分享卡片上，不超过 200 字。' },
    },
    {
      name: 'cover',
      type: 'upload',
      label: '封面图片',
      relationTo: SLUGS.media,
    },
    {
      name: 'body',
      type: 'richText',
      label: '正文',
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          label: '开始时间',
          required: true,
          admin: { date: DAY_AND_TIME, width: '50%' },
        },
        {
          name: 'endsAt',
          type: 'date',
          label: '结束时间',
          validate: dateNotBefore('startsAt', ENDS_BEFORE_START_MESSAGE),
          admin: { date: DAY_AND_TIME, width: '50%', description: '不填表示长期进行。' },
        },
      ],
    },
    {
      name: 'registration',
      type: 'group',
      label: '报名设置',
      admin: { description: '报名由报名服务受理；发布后规则会同步过去。' },
      fields: [
        {
          name: 'enabled',
          type: 'checkbox',
          label: '开放报名',
          defaultValue: false,
        },
        {
          type: 'row',
          fields: [
            {
              name: 'opensAt',
              type: 'date',
              label: '报名开始时间',
              admin: {
                date: DAY_AND_TIME,
                width: '50%',
                description: '不填表示发布后即可报名。',
                condition: (_data, siblingData) => Boolean(siblingData?.enabled),
              },
            },
            {
              name: 'closesAt',
              type: 'date',
              label: '报名截止时间',
              validate: dateNotBefore('opensAt', CLOSES_BEFORE_OPENS_MESSAGE),
              admin: {
                date: DAY_AND_TIME,
                width: '50%',
                description: '不填表示不设截止时间。',
                condition: (_data, siblingData) => Boolean(siblingData?.enabled),
              },
            },
          ],
        },
        {
          ...capacityField,
          admin: { ...capacityField.admin, condition: (_data, siblingData) => Boolean(siblingData?.enabled) },
        },
        {
          name: 'requiresVerifiedParticipant',
          type: 'checkbox',
          label: '报名需短信验证手机号',
          defaultValue: false,
          admin: { condition: (_data, siblingData) => Boolean(siblingData?.enabled) },
        },
      ],
    },
    {
      name: 'voting',
      type: 'group',
      label: '投票设置',
      admin: { description: '投票由报名服务受理，发布后规则会同步过去；网站按这里的设置向职工说明投票规则。' },
      fields: [
        { name: 'enabled', type: 'checkbox', label: '开放投票', defaultValue: false },
        {
          name: 'requiresVerifiedParticipant',
          type: 'checkbox',
          label: '投票需短信验证手机号',
          defaultValue: true,
          admin: { condition: votingOpen, description: '公开投票请保持勾选：一人一号，防止刷票。' },
        },
        {
          type: 'row',
          fields: [
            quotaField('perParticipantPerDay', '每人每天票数上限', 10),
            quotaField('perCandidatePerDay', '同一选手每人每天上限', 1),
            quotaField('perParticipantPerRound', '每轮每人票数上限'),
          ],
        },
        flagVotesPerMinuteField,
        votingRoundsField,
      ],
    },
  ],
};
