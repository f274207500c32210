import type { z } from 'zod';
import type { MessageChannelSchema, MessageLanguageSchema } from './schemas.js';

/** Where a message goes; see {@link MessageChannelSchema}. */
export type MessageChannel = z.output<typeof MessageChannelSchema>;

/** The language a message is written in; see {@link MessageLanguageSchema}. */
export type MessageLanguage = z.output<typeof MessageLanguageSchema>;
