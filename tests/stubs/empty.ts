// Stands in for `server-only` in Vitest: that package throws outside a React Server Components build.
export {};
