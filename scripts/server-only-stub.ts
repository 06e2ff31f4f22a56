// Vitest and the scripts run outside Next's react-server environment, where `server-only`
// would throw; both run on the server, which is all the marker guards.
export {};
