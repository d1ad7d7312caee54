/**
 * Masks what identifies people and hosts in a trace before it is shared: IPv4 and IPv6 addresses,
 * user parts of sip:, sips: and tel: URIs, display names (quoted, or unquoted tokens before a <sip:,
 * <sips: or <tel: address), and long digit strings (phone numbers). The same original always gets the same replacement, so the trace still reads as a
 * conversation: 192.0.2.x / 2001:db8::x addresses (RFC 5737, RFC 3849 documentation ranges),
 * user1, user2 …, "name1" …, and digits replaced digit for digit.
 */

export function redactTrace(text: string): string {
  const maps = new Map<string, Map<string, string>>();
  const stable = (kind: string, original: string, make: (n: number) => string) => {
    let map = maps.get(kind);
    if (!map) maps.set(kind, (map = new Map()));
    let out = map.get(original);
    if (!out) map.set(original, (out = make(map.size + 1)));
    return out;
  };
  const digits = (s: string) => stable('digits', s, (n) => s.replace(/\d/g, (_d, i: number) => String((n * 7 + i * 3) % 10)));
  return (
    text
      // Quoted display names.
      .replace(/"(?:[^"\\\r\n]|\\.)*"(?=\s*<)/g, (m) => stable('name', m, (n) => `"name${n}"`))
      // Unquoted display names (tokens separated by spaces, RFC 3261 §25.1 display-name) after the
      // colon of a header field or the comma between values.
      .replace(
        /([:,][ \t]*)([A-Za-z0-9\-.!%*_+`'~]+(?:[ \t]+[A-Za-z0-9\-.!%*_+`'~]+)*)(?=[ \t]*<(?:sips?|tel):)/gi,
        (_m, before: string, name: string) => `${before}${stable('name', name, (n) => `name${n}`)}`,
      )
      // User parts of SIP and tel URIs.
      .replace(/\b(sips?:)([^@\s;>:"]+)@/gi, (_m, scheme: string, user: string) => `${scheme}${stable('user', user, (n) => `user${n}`)}@`)
      .replace(/\b(tel:)(\+?[\d\-.()]+)/gi, (_m, scheme: string, number: string) => `${scheme}${digits(number)}`)
      // IPv6 (with at least two colons and a hex group), then IPv4.
      .replace(/(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{1,4}(?![\w:])|(?<![\w:.])(?:[0-9a-f]{1,4}:){1,7}:(?![\w:])/gi, (m) =>
        /[0-9a-f]/i.test(m.replace(/:/g, '')) && m.includes(':') && !/^\d{1,2}:\d\d(:\d\d)?$/.test(m) ? stable('ip6', m.toLowerCase(), (n) => `2001:db8::${n.toString(16)}`) : m,
      )
      .replace(/(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/g, (m) => stable('ip4', m, (n) => `192.0.2.${n % 254 || 254}`))
      // Phone numbers anywhere else: seven digits or more, optionally with a leading +.
      .replace(/(?<![\w.])\+?\d{7,}(?![\w.])/g, (m) => digits(m))
  );
}
