// Builds the Excel add-in: the task pane, the ribbon's function file and the manifest into dist/;
// with --env preview, the same pane on Microsoft's Excel client and a simulated host into dist-preview/ (README: npm run preview).
import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));
const DEV_URL = "https://localhost:3000/";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The address the add-in is served from in production; the manifest is rewritten to it. */
function productionUrl() {
  const url = process.env.JIEBANG_ADDIN_URL ?? DEV_URL;
  if (!/^https:\/\/[^/]+(\/.*)?$/.test(url)) throw new Error(`JIEBANG_ADDIN_URL must be an https:// address, not ${url}`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** The manifest with every development URL replaced by the production address (the AppDomain by its origin). */
export function rewriteManifest(content, url) {
  const origin = new URL(url).origin;
  return content.toString().replaceAll(DEV_URL, url).replaceAll("https://localhost:3000", origin);
}

const rules = [
  {
    test: /\.ts$/,
    exclude: /node_modules/,
    loader: "ts-loader",
    options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
  },
  { resourceQuery: /raw/, type: "asset/source" },
];

function common(mode, outDir) {
  return {
    mode,
    context: root,
    devtool: mode === "production" ? "source-map" : "cheap-module-source-map",
    resolve: { extensions: [".ts", ".js", ".mjs"], fallback: { fs: false, path: false, os: false, crypto: false, stream: false } },
    module: { rules },
    output: { path: path.join(root, outDir), filename: "[name].js", chunkFilename: "[name].[contenthash:8].js", clean: true },
    performance: { hints: false },
    stats: "errors-warnings",
  };
}

/**
 * The development certificate: office-addin-dev-certs makes it and installs its CA. Where the CA cannot be
 * installed (no sudo, a container), the certificate it made is used anyway, with a note on trusting it by hand.
 */
async function devCertificates() {
  const certs = await import("office-addin-dev-certs");
  try {
    return await certs.getHttpsServerOptions();
  } catch (error) {
    const { readFileSync } = await import("node:fs");
    const { homedir } = await import("node:os");
    const dir = path.join(homedir(), ".office-addin-dev-certs");
    process.stderr.write(`The development CA could not be installed (${error.message}); trust ${path.join(dir, "ca.crt")} by hand.\n`);
    return { key: readFileSync(path.join(dir, "localhost.key")), cert: readFileSync(path.join(dir, "localhost.crt")), ca: readFileSync(path.join(dir, "ca.crt")) };
  }
}

async function addinConfig(mode, serving) {
  const url = mode === "production" ? productionUrl() : DEV_URL;
  return {
    ...common(mode, "dist"),
    name: "addin",
    entry: {
      taskpane: "./addin/taskpane/taskpane.ts",
      commands: "./addin/commands/commands.ts",
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./addin/taskpane/taskpane.html", chunks: ["taskpane"], scriptLoading: "defer" }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./addin/commands/commands.html", chunks: ["commands"], scriptLoading: "defer" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifest(content, url) },
          { from: "addin/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "addin/assets", to: "assets", globOptions: { ignore: ["**/*.mjs"] } },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      // Office only loads add-ins over https: a development certificate, made and trusted by office-addin-dev-certs.
      server: serving ? { type: "https", options: await devCertificates() } : "https",
    },
  };
}

/**
 * The preview: the pane as built, on Microsoft's Excel client (office.js's tag points at /host/office.js), beside
 * a grid view of the simulated workbook. The dev server answers the client's ProcessQuery requests
 * (addin/preview/host-server.ts, loaded through tsx).
 */
function previewConfig(mode) {
  return {
    ...common(mode, "dist-preview"),
    name: "preview",
    entry: {
      taskpane: "./addin/taskpane/taskpane.ts",
      preview: "./addin/preview/preview.ts",
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        // Only the office.js tag differs from the add-in's page: Microsoft's Excel client, served by the host.
        templateContent: async () => (await import("node:fs/promises")).readFile(path.join(root, "addin/taskpane/taskpane.html"), "utf8").then((html) => html.replace(OFFICE_JS, "/host/office.js")),
        inject: true,
      }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./addin/preview/preview.html", chunks: ["preview"], scriptLoading: "defer" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "addin/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "addin/preview/preview.css", to: "preview.css" },
          { from: "samples/2022-first-batch.xlsx", to: "samples/2022-first-batch.xlsx" },
        ],
      }),
    ],
    optimization: { splitChunks: false },
    devServer: {
      port: 3001,
      static: false,
      setupMiddlewares: (middlewares, devServer) => {
        const state = { host: null, displayLanguage: "zh-CN", documentName: "", version: 0 };
        const server = import("tsx/esm/api").then(({ tsImport }) => tsImport("./addin/preview/host-server.ts", import.meta.url));
        devServer.app.use((request, response, next) => {
          const base = `http://${request.headers.host}`;
          server
            .then(({ handleHostRequest }) => handleHostRequest(state, request, response, base))
            .then((handled) => handled || next())
            .catch(next);
        });
        return middlewares;
      },
    },
  };
}

export default async (env = {}, argv = {}) => {
  const mode = argv.mode ?? "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  if (env.preview) return previewConfig(mode);
  if (env.all) return [await addinConfig(mode, false), previewConfig(mode)];
  return addinConfig(mode, serving);
};
