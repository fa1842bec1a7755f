import { createRoutes } from './routes.ts';

/** The routes of this build, under Astro's base (`/model-workers/`). */
export const routes = createRoutes(import.meta.env.BASE_URL);
