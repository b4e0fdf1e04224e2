// For tests of the one-shape objects (tags, countries, candidates): an object's fields that hold a value.
export const defined = (o: object): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
