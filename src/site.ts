/** The public origin of the site (canonical and hreflang URLs are absolute). Override with SITE_URL. */
export const SITE_URL = process.env['SITE_URL'] ?? 'https://sip-response-codes.example';
