/**
 * Where the site is published, from the environment of the build:
 * - SITE_URL: the public origin (canonical, hreflang, sitemap and dataset URLs are absolute);
 * - BASE_PATH: the path the site lives under, "/" by default ("/sip-response-codes/" for a
 *   GitHub Pages project site);
 * - OUT_DIR: where to write the site instead of dist/ (the base-path test builds into its own).
 */
export const SITE_URL = process.env['SITE_URL'] || 'https://sip-response-codes.example';
export const BASE_PATH = `/${(process.env['BASE_PATH'] ?? '').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
export const OUT_DIR = process.env['OUT_DIR'] || undefined;
