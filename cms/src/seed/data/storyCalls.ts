// Fictional demo content: invented story calls for the reading month; contact details are placeholders.
import type { StoryCallSeed } from './types.ts';

export const storyCalls: StoryCallSeed[] = [
  {
    title: '我的家规家训',
    theme: '讲述一条家规、一句家训背后的家庭故事，传承好家风',
    rules: [
      '面向全市工会会员征集，可个人投稿，也可与家人合作投稿。',
      '每篇 800 至 2000 字，须为原创，讲述真实的家庭故事，可配 1 至 3 张照片。',
      '每人限投一篇，投稿时请注明姓名、工作单位和联系电话，个人信息仅用于联系作者，不对外公开。',
      '优秀作品将在读书月闭幕活动中展示，并择优在本站刊登。',
    ],
    openDayOffset: -5,
    closeDayOffset: 20,
  },
  {
    title: '一本书的力量：职工读书征文',
    theme: '分享一本改变自己工作或生活的书',
    rules: [
      '围绕一本书写读后感或读书故事，说明这本书给自己的工作、学习或生活带来的变化。',
      '每篇不超过 1500 字，须为原创，未在其他征文活动中获奖。',
      '每人限投一篇，投稿时请注明书名、作者和自己的工作单位。',
    ],
    openDayOffset: -5,
    closeDayOffset: 18,
  },
];
