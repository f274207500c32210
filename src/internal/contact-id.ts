import * as z from 'zod/mini';

/**
 * An identifier chosen by the caller (a debt id, an account id, a history entry id): 1 to 128
 * characters. Shared by compliance and reminders; not exported from any index.
 */
export const ContactIdSchema = z.string().check(z.minLength(1), z.maxLength(128));
