import { z } from './zodConfig';

/**
 * The SAM or CloudFormation template a scenario was imported from, kept with it
 * (in the file, and in the share link when it fits) so the diagram can be
 * written back into that template later, also from a saved review.
 */
export const templateSourceSchema = z.strictObject({
  kind: z.enum(['sam', 'cloudformation']),
  fileName: z.string().max(255).optional(),
  text: z.string(),
});

export type TemplateSource = z.infer<typeof templateSourceSchema>;
