/**
 * Site-wide settings that are not content. The repository is where "Edit this page" and "Report an error"
 * lead; forks and deployments set PENINSULA_REPOSITORY (and PENINSULA_SITE in astro.config.mjs).
 */
export const SITE_NAME = 'Peninsula';
export const REPOSITORY =
  (import.meta.env?.PENINSULA_REPOSITORY as string | undefined) ?? 'https://github.com/peninsula-encyclopedia/peninsula';
export const REPOSITORY_BRANCH = 'main';
/** Licence of the text, stated in the footer and on every citation. */
export const CONTENT_LICENCE = { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' };
