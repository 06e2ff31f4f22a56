// Vitest runs outside Next's react-server environment, where `server-only` would throw.
export {};
