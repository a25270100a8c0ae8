// The part of Railway's Infrastructure as Code DSL ("railway/iac") that the kits use, typed from its reference
// (https://docs.railway.com/infrastructure-as-code/reference, railwayapp/docs at its 2026-08-21 snapshot), so that
// tsc checks a generated .railway/railway.ts: an option the reference does not name is an excess property, and
// fails. Railway's own package is installed by its CLI and is not on npm under this name.

export interface Reference {
  readonly kind: "reference";
}

export interface Resource {
  readonly env: { readonly [name: string]: Reference };
}

export interface ServiceConfig {
  source?: unknown;
  build?: string;
  start?: string;
  healthcheck?: string;
  healthcheckTimeout?: number;
  replicas?: number | { [region: string]: number };
  env?: { [name: string]: string | Reference };
  domains?: Array<string | { domain: string; port: number }>;
  volumeMounts?: { [path: string]: Resource };
}

export interface Context {
  readonly command: string;
  readonly projectId: string;
  readonly projectName: string;
  readonly environmentId: string;
  readonly environment: string;
  readonly environmentName: string;
  isEnvironment(name: string): boolean;
}

export interface Project {
  readonly kind: "project";
}

export function defineRailway(build: (ctx: Context) => Project): unknown;
export function service(name: string, config?: ServiceConfig): Resource;
export function postgres(name: string): Resource;
export function project(name: string, config: { resources: Resource[] }): Project;
