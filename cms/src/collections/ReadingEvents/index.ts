import type { CollectionConfig } from 'payload';
import { dateWindow } from '../../fields/dateWindow.ts';
import { integerField } from '../../fields/integerField.ts';
import { PLACE_OR_LINK_MESSAGE, thisOrSibling, validateHttpUrl } from '../../fields/textRules.ts';
import { ADMIN_GROUPS, SLUGS } from '../../slugs.ts';
import { publishedContent } from '../publishedContent.ts';

export const ENDS_BEFORE_START_MESSAGE = '结束时间不能早于开始时间';
export const CLOSES_BEFORE_OPENS_MESSAGE = '报名截止时间不能早于报名开始时间';

export const ReadingEvents: CollectionConfig = {
  slug: SLUGS.readingEvents,
  labels: { singular: '读书活动', plural: '读书活动' },
  admin: {
    group: ADMIN_GROUPS.readingMonth,
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'place', 'capacity', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'place'],
    description: '读书分享会、名家讲座等线下或线上活动。',
  },
  ...publishedContent,
  fields: [
    { name: 'title', type: 'text', label: '活动名称', required: true, maxLength: 120 },
    dateWindow({ name: 'startsAt', label: '开始时间', required: true }, { name: 'endsAt', label: '结束时间' }, ENDS_BEFORE_START_MESSAGE),
    {
      type: 'row',
      fields: [
        {
          name: 'place',
          type: 'text',
          label: '活动地点',
          maxLength: 120,
          validate: thisOrSibling('onlineUrl', PLACE_OR_LINK_MESSAGE),
          admin: { width: '50%', description: '线下活动填写地点；地点和线上链接至少填一项。' },
        },
        {
          name: 'onlineUrl',
          type: 'text',
          label: '线上链接',
          maxLength: 500,
          validate: validateHttpUrl,
          admin: { width: '50%', description: '直播或会议链接，以 https:// 开头。' },
        },
      ],
    },
    integerField({ name: 'capacity', label: '名额', min: 1, required: true, description: '可报名的人数上限。' }),
    {
      name: 'registration',
      type: 'group',
      label: '报名时间',
      fields: [
        dateWindow({ name: 'opensAt', label: '报名开始时间' }, { name: 'closesAt', label: '报名截止时间' }, CLOSES_BEFORE_OPENS_MESSAGE),
      ],
    },
    { name: 'description', type: 'richText', label: '活动介绍' },
  ],
};
