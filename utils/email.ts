/** zod's e-mail pattern, without zod: the popup bundle stays small. The background and the
 *  HeavySet API check again with their schemas. */
const EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

export const isEmail = (text: string): boolean => EMAIL.test(text);
