# Container image for hosting parties (documentation: these build machines cannot run
# Docker; the same production start is proven by `npm run build && npm start` in CI).
# Multi-stage: dependencies and build tools stay out of the runtime image.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
# Only the image needs the self-contained server (next.config.ts); `npm start` elsewhere.
RUN NEXT_OUTPUT=standalone npm run build

# One-off per deploy: `docker compose run --rm migrate` (npm run db:migrate, advisory-locked).
FROM build AS migrate
CMD ["npm", "run", "db:migrate"]

FROM node:20-bookworm-slim AS runner
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    DB_MIGRATE_ON_START=0
RUN groupadd --system app && useradd --system --gid app --home /app app
# The standalone server carries only the runtime dependencies it traced (no dev tools).
COPY --from=build --chown=app:app /app/.next/standalone ./
COPY --from=build --chown=app:app /app/.next/static ./.next/static
COPY --from=build --chown=app:app /app/public ./public
USER app
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "server.js"]
