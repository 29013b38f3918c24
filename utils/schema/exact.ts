import type * as v from 'valibot';

/**
 * Compile-time guard between a schema and the model type it validates: `exactly<Entry>()(schema)` compiles only when
 * the schema's output is assignable to Entry and Entry to it (no missing, extra or differently typed field), so the
 * schema and utils/model.ts cannot drift apart. At run time it returns the schema unchanged.
 */
export function exactly<TModel>() {
  return <TSchema extends v.GenericSchema<unknown, TModel>>(
    schema: TSchema & ([TModel] extends [v.InferOutput<TSchema>] ? unknown : never),
  ): TSchema => schema;
}
