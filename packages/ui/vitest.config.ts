import { getViteConfig } from 'astro/config';
import { vitestProject } from '@union/config/vitest';

// Astro's Vite config, so the component tests can import .astro files and render them with the container API.
export default getViteConfig(vitestProject('ui'), { logLevel: 'error' });
