/** Every resource a value of a template names, however deep (Ref, GetAtt, Sub, Join), and the functions an OpenAPI body integrates. */

/** Logical ids of resources named anywhere inside `value`, in the order met. */
export function referencedIds(value: unknown, resources: Record<string, unknown>): string[] {
  const found: string[] = [];
  const add = (id: unknown) => {
    if (typeof id === 'string' && id in resources && !found.includes(id)) found.push(id);
  };
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    if (typeof o.Ref === 'string') add(o.Ref);
    const getAtt = o['Fn::GetAtt'];
    if (Array.isArray(getAtt)) add(getAtt[0]);
    else if (typeof getAtt === 'string') add(getAtt.split('.')[0]);
    const sub = o['Fn::Sub'];
    const subText = Array.isArray(sub) ? sub[0] : sub;
    if (typeof subText === 'string') for (const m of subText.matchAll(/\$\{([A-Za-z0-9]+)(?:\.[A-Za-z.]+)?\}/g)) add(m[1]);
    for (const child of Object.values(o)) walk(child);
  };
  walk(value);
  return found;
}

/** Resources named by the `uri` of each `x-amazon-apigateway-integration` in an OpenAPI body. */
export function openApiTargets(body: unknown, resources: Record<string, unknown>): string[] {
  const paths = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).paths : undefined;
  if (typeof paths !== 'object' || paths === null) return [];
  const found: string[] = [];
  for (const methods of Object.values(paths as Record<string, unknown>)) {
    if (typeof methods !== 'object' || methods === null) continue;
    for (const operation of Object.values(methods as Record<string, unknown>)) {
      const integration = typeof operation === 'object' && operation !== null ? (operation as Record<string, unknown>)['x-amazon-apigateway-integration'] : undefined;
      if (typeof integration !== 'object' || integration === null) continue;
      for (const id of referencedIds((integration as Record<string, unknown>).uri, resources)) if (!found.includes(id)) found.push(id);
    }
  }
  return found;
}
