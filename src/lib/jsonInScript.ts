/** A value as the text of a JSON <script> element: "<" escaped so no value can close the element. */
export const jsonInScript = (value: unknown): string => JSON.stringify(value).replaceAll('<', '\\u003c');
