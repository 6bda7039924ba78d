/**
 * Parameters and conditions of a template: each `!Ref Parameter` becomes its
 * value (given on import, else the parameter's Default), `Conditions` are
 * evaluated with them, `!If` takes its branch and a resource whose condition
 * is false is left out; `!FindInMap`, `!Join`, `!Select` and a `!Sub` of
 * parameters become their value once their arguments are known. A condition that cannot be decided (it depends on the
 * account or region) counts as true, and a note says so.
 */
import type { Template } from './cfnYaml';

type Json = Record<string, unknown>;
const UNKNOWN = Symbol('unknown');

export interface ResolvedTemplate {
  template: Template;
  notes: string[];
}

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

export function resolveParameters(template: Template, values: Readonly<Record<string, unknown>> = {}): ResolvedTemplate {
  const notes: string[] = [];
  const parameters = typeof template.Parameters === 'object' && template.Parameters !== null ? (template.Parameters as Record<string, Json>) : {};
  const conditions = typeof template.Conditions === 'object' && template.Conditions !== null ? (template.Conditions as Record<string, unknown>) : {};
  const paramValue = (name: string): unknown => (name in values ? values[name] : parameters[name] && 'Default' in parameters[name] ? parameters[name].Default : UNKNOWN);
  const cache = new Map<string, boolean | typeof UNKNOWN>();
  const undecided = new Set<string>();

  const scalar = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    const o = v as Json;
    if (typeof o.Ref === 'string') return o.Ref in parameters ? paramValue(o.Ref) : UNKNOWN;
    return UNKNOWN;
  };
  const condition = (name: string): boolean | typeof UNKNOWN => {
    if (cache.has(name)) return cache.get(name)!;
    cache.set(name, UNKNOWN); // a cycle is undecided
    const result = evaluate(conditions[name]);
    cache.set(name, result);
    return result;
  };
  const evaluate = (c: unknown): boolean | typeof UNKNOWN => {
    if (typeof c !== 'object' || c === null) return typeof c === 'boolean' ? c : UNKNOWN;
    const o = c as Json;
    if (typeof o.Condition === 'string') return condition(o.Condition);
    const args = (key: string) => (Array.isArray(o[key]) ? (o[key] as unknown[]) : null);
    const equals = args('Fn::Equals');
    if (equals && equals.length === 2) {
      const [a, b] = equals.map(scalar);
      return a === UNKNOWN || b === UNKNOWN ? UNKNOWN : String(a) === String(b);
    }
    const not = args('Fn::Not');
    if (not) {
      const v = evaluate(not[0]);
      return v === UNKNOWN ? UNKNOWN : !v;
    }
    const and = args('Fn::And');
    const or = args('Fn::Or');
    if (and || or) {
      const vs = (and ?? or)!.map(evaluate);
      if (and) return vs.includes(false) ? false : vs.includes(UNKNOWN) ? UNKNOWN : true;
      return vs.includes(true) ? true : vs.includes(UNKNOWN) ? UNKNOWN : false;
    }
    return UNKNOWN;
  };
  const holds = (name: string) => {
    const v = condition(name);
    if (v === UNKNOWN) undecided.add(name);
    return v !== false;
  };
  const isNoValue = (v: unknown) => typeof v === 'object' && v !== null && (v as Json).Ref === 'AWS::NoValue';
  const walk = (v: unknown): unknown => {
    // AWS::NoValue (usually the other branch of an !If) removes the item or the property.
    if (Array.isArray(v)) return v.map(walk).filter((x) => !isNoValue(x));
    if (typeof v !== 'object' || v === null) return v;
    const o = v as Json;
    const keys = Object.keys(o);
    if (keys.length === 1 && typeof o.Ref === 'string' && o.Ref in parameters) {
      const value = paramValue(o.Ref);
      return value === UNKNOWN ? o : value;
    }
    if (keys.length === 1 && Array.isArray(o['Fn::If']) && (o['Fn::If'] as unknown[]).length === 3) {
      const [name, yes, no] = o['Fn::If'] as unknown[];
      if (typeof name === 'string') return walk(holds(name) ? yes : no);
    }
    if (keys.length === 1) {
      const folded = fold(keys[0], walk(o[keys[0]]));
      if (folded !== UNKNOWN) return folded;
    }
    return Object.fromEntries(keys.map((k) => [k, walk(o[k])]).filter(([, x]) => !isNoValue(x)));
  };

  const mappings = typeof template.Mappings === 'object' && template.Mappings !== null ? (template.Mappings as Record<string, Record<string, Json>>) : {};
  /** FindInMap, Join, Select and Sub (of parameters only) whose arguments are known by now: their value; else UNKNOWN and the function stays. */
  const fold = (fn: string, args: unknown): unknown => {
    if (!Array.isArray(args)) {
      if (fn === 'Fn::Sub' && typeof args === 'string') return substitute(args);
      return UNKNOWN;
    }
    switch (fn) {
      case 'Fn::FindInMap': {
        const [map, top, second] = args;
        if (typeof map !== 'string' || !isScalar(top) || !isScalar(second)) return UNKNOWN;
        const value = mappings[map]?.[String(top)]?.[String(second)];
        return value === undefined ? UNKNOWN : value;
      }
      case 'Fn::Join': {
        const [delimiter, list] = args;
        if (typeof delimiter !== 'string' || !Array.isArray(list) || !list.every(isScalar)) return UNKNOWN;
        return list.map(String).join(delimiter);
      }
      case 'Fn::Select': {
        const [index, list] = args;
        const i = Number(index);
        if (!Array.isArray(list) || !Number.isInteger(i) || i < 0 || i >= list.length) return UNKNOWN;
        return list[i];
      }
      default:
        return UNKNOWN;
    }
  };
  /** A Sub string whose every ${Name} is a parameter with a value. */
  const substitute = (text: string): unknown => {
    let known = true;
    const out = text.replace(/\$\{([A-Za-z0-9]+)\}/g, (_m, name: string) => {
      const value = name in parameters ? paramValue(name) : UNKNOWN;
      if (value === UNKNOWN || !isScalar(value)) {
        known = false;
        return '';
      }
      return String(value);
    });
    // Anything else (a resource, AWS::Region, an attribute) keeps the Sub as it is: it is what links resources.
    return known && !out.includes('${') ? out : UNKNOWN;
  };

  const resources: Template['Resources'] = {};
  for (const [id, resource] of Object.entries(template.Resources)) {
    if (typeof resource.Condition === 'string' && !holds(resource.Condition)) {
      notes.push(`${id} was left out: its condition ${resource.Condition} is false with these parameter values.`);
      continue;
    }
    resources[id] = walk(resource) as Template['Resources'][string];
  }
  const globals = walk(template.Globals);
  if (undecided.size > 0) notes.push(`Conditions that depend on the account or region were taken as true: ${[...undecided].sort().join(', ')}.`);
  return { template: { ...template, Globals: globals, Resources: resources }, notes };
}
