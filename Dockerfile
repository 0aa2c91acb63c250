# syntax=docker/dockerfile:1
# Build: the web app and the bundled API, then a slim image with only production dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build --projects=api,web --configuration=production && node tools/build/precompress.mjs dist/apps/web/browser

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    LEIDRAAD_WEB_DIR=/app/web
WORKDIR /app
COPY --from=build /app/dist/apps/api/package.json /app/package.json
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/apps/api /app
COPY --from=build /app/dist/apps/web/browser /app/web
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "main.js"]
