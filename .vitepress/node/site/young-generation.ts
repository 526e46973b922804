import { setFlagsFromString } from 'node:v8'

/** The young generation's semi-space the build's processes use, in MB (V8's default is 16). */
export const SEMI_SPACE_MB = 64

/**
 * Gives this process a larger young generation. Rendering a thousand pages allocates fast and
 * briefly; with V8's default, scavenges promote short-lived strings to the old generation, which
 * is then marked again and again (the main build measured about 5 % faster). The heap limit, the
 * old generation's, stays Node's default. The highlighting workers get the same as a flag.
 */
export function enlargeYoungGeneration(): void {
  setFlagsFromString(`--max-semi-space-size=${SEMI_SPACE_MB}`)
}
