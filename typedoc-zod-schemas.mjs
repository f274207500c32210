// @ts-check
// A local typedoc plugin. The inferred type of an exported zod schema (`ZodEnum<{ weekly:
// "weekly"; ... }>`, `ZodObject<{ frequency: ... }>`) contains anonymous object types; typedoc
// turns each of their keys into a property reflection and, with `notDocumented` validation,
// asks for documentation on every enum member of zod's internals. Those are not our API: the
// schema's own TSDoc documents it, and its input and output types are documented separately.
// This plugin shows such a schema's type as text and drops the anonymous reflections.
import { Converter, ReflectionKind, UnknownType } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    const schemas = new Set();
    for (const variable of project.getReflectionsByKind(ReflectionKind.Variable)) {
      if (variable.name.endsWith('Schema') && 'type' in variable && variable.type) {
        schemas.add(variable);
        variable.type = new UnknownType(variable.type.toString());
      }
    }
    const doomed = [];
    for (const reflection of Object.values(project.reflections)) {
      if (!reflection.kindOf(ReflectionKind.TypeLiteral)) continue;
      for (let r = reflection.parent; r; r = r.parent) {
        if (schemas.has(r)) {
          doomed.push(reflection);
          break;
        }
      }
    }
    for (const reflection of doomed) project.removeReflection(reflection);
  });
}
