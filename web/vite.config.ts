import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The API runs on its own port in development (pnpm --filter @subpoena-tracker/server dev); in production the server
// serves web/dist itself, so every request below is same-origin and needs no CORS.
const API_ORIGIN = "http://127.0.0.1:4000";

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/graphql": API_ORIGIN,
      "/api": API_ORIGIN,
    },
  },
  build: {
    sourcemap: true,
    // One chunk for the chart library keeps the app's own code small and lets browsers cache recharts across deploys.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: "charts", test: /node_modules[\\/](recharts|d3-|victory-vendor|es-toolkit|immer|reselect|@reduxjs|react-redux|redux)/ },
            { name: "vendor", test: /node_modules/ },
          ],
        },
      },
    },
  },
});
