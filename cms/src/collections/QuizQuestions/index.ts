import { OPTION_LETTERS } from '@union/schemas';
import type { CollectionConfig } from 'payload';
import { ADMIN_GROUPS, SLUGS } from '../../slugs.ts';
import { publishedContent } from '../publishedContent.ts';
import { validateCorrectAnswers } from './correctAnswers.ts';

export const QUESTION_CATEGORIES = [
  { value: 'fire', label: '消防安全' },
  { value: 'electrical', label: '用电安全' },
  { value: 'protective-equipment', label: '个人防护' },
  { value: 'first-aid', label: '急救常识' },
  { value: 'hazardous-chemicals', label: '危险化学品' },
  { value: 'occupational-disease', label: '职业病防治' },
] as const;

export const DIFFICULTIES = [
  { value: 'easy', label: '易' },
  { value: 'medium', label: '中' },
  { value: 'hard', label: '难' },
] as const;

export const QuizQuestions: CollectionConfig = {
  slug: SLUGS.quizQuestions,
  labels: { singular: '竞答题目', plural: '竞答题库' },
  admin: {
    group: ADMIN_GROUPS.ankangCup,
    useAsTitle: 'stem',
    defaultColumns: ['stem', 'category', 'difficulty', '_status', 'updatedAt'],
    listSearchableFields: ['stem'],
    description: '安全知识竞答题库。选项按顺序编号为 A–F。',
  },
  ...publishedContent,
  fields: [
    { name: 'stem', type: 'textarea', label: '题干', required: true, maxLength: 300 },
    {
      name: 'options',
      type: 'array',
      label: '选项',
      labels: { singular: '选项', plural: '选项' },
      required: true,
      minRows: 2,
      maxRows: 6,
      admin: { description: '2 至 6 个，依次为 A、B、C……' },
      fields: [{ name: 'text', type: 'text', label: '选项内容', required: true, maxLength: 120 }],
    },
    {
      name: 'correctAnswers',
      type: 'select',
      label: '正确答案',
      hasMany: true,
      required: true,
      options: OPTION_LETTERS.map((letter) => ({ value: letter, label: letter })),
      validate: validateCorrectAnswers,
      admin: { description: '可多选；只能选已有的选项。' },
    },
    { name: 'explanation', type: 'textarea', label: '答案解析', maxLength: 500 },
    {
      type: 'row',
      fields: [
        {
          name: 'category',
          type: 'select',
          label: '类别',
          required: true,
          options: QUESTION_CATEGORIES.map((o) => ({ ...o })),
          admin: { width: '50%' },
        },
        {
          name: 'difficulty',
          type: 'select',
          label: '难度',
          required: true,
          defaultValue: 'medium',
          options: DIFFICULTIES.map((o) => ({ ...o })),
          admin: { width: '50%' },
        },
      ],
    },
  ],
};
