import { z } from 'zod';
import { unknownKeysMessage } from './unknownKeys';

/**
 * Zod compiles object parsers with `new Function` when it may, probing for it
 * first; the built site's Content-Security-Policy forbids eval, so the probe
 * alone would report a violation. Scenarios are parsed rarely: the plain
 * parser is fast enough. Every schema in src/model takes `z` from here, so the
 * setting is in force before the first parse.
 *
 * Every object of src/model is strict (`z.strictObject`): an unknown key, most
 * often a typo, is refused with the key it most likely meant.
 */
z.config({
  jitless: true,
  customError: (issue) => {
    if (issue.code !== 'unrecognized_keys') return undefined;
    return issue.inst instanceof z.ZodObject ? unknownKeysMessage(issue.keys, Object.keys(issue.inst.shape)) : undefined;
  },
});

export { z };
