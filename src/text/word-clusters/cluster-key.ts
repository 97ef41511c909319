// The key a word is clustered under: lower-cased, each digit as 0, so "Iraq"/"IRAQ" and "1996"/"2004"
// pool their contexts. Case is left to the models' shape features. Used by training and at run time alike.
export function clusterKeyOf(form: string): string {
  let key = form.toLowerCase();
  for (const digit of "123456789") if (key.includes(digit)) key = key.replaceAll(digit, "0");
  return key;
}
