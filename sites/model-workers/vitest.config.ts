import { vitestProject } from '@union/config/vitest';

export default vitestProject('model-workers');
