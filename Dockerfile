# Gearview: the browser app and its API proxy in one Node process.
#   docker build -t gearview .
#   docker run --rm -p 8080:8080 --env-file .env gearview
# test/hardening/runtime-stage.test.ts builds and serves the runtime stage as written here.

# Build: the exact locked packages, then the client and the self-contained server bundle.
FROM node:22-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY index.html vite.config.ts tsconfig.json ./
COPY public public/
COPY src src/
RUN npm run build

# Runtime: Node and dist/ alone. The server bundle carries its dependencies and its own
# package.json, so no node_modules and no project files; root owns them, the server only reads.
FROM node:22-slim
ENV NODE_ENV=production PORT=8080
WORKDIR /app
COPY --from=build /app/dist/client dist/client/
COPY --from=build /app/dist/server dist/server/
USER node
EXPOSE 8080
# Slim images have no curl: Node's own fetch asks the health route.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/api/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/server/node-entry.js"]
