import { parseOrigins } from './originAllowList.ts';

/** What the frame URL's query string asks of the app; read once at startup. */
export interface EmbedOptions {
  /** `?embed=1`: the compact layout for an iframe. */
  embed: boolean;
  /** `?origins=a,b`: host origins allowed to steer the frame; null when the URL names none. */
  origins: string[] | null;
}

// `embed`, `embed=1` and `embed=true` turn it on; anything else (`embed=0`) leaves the full app.
const ON = new Set(['', '1', 'true']);

/** Reads `embed` and `origins` from a query string such as `location.search`. Never throws. */
export function readEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const embed = params.get('embed');
  const origins = params.get('origins');
  return {
    embed: embed !== null && ON.has(embed.toLowerCase()),
    origins: origins === null ? null : parseOrigins(origins),
  };
}
