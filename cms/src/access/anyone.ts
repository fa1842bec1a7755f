import type { Access } from 'payload';

/** Public content (media files) is readable by every caller, logged in or not. */
export const anyone: Access = () => true;
