import { vitestProject } from './vitest.preset.ts';

export default vitestProject('config');
