export { builtinCatalog, type Catalog, loadCatalog } from "./catalog/catalog.ts";
export { type ConfigProblem, checkConfig, checkFieldValue } from "./catalog/check-config.ts";
export { configSchema } from "./catalog/config-schema.ts";
export { jsonSchemaFor } from "./catalog/json-schema.ts";
export { referenceAt, siblingPath, valueAtKeyPath } from "./catalog/key-pattern.ts";
export type {
  Category,
  FieldDefinition,
  ReferenceDefinition,
  TypeDefinition,
} from "./catalog/type-definition.ts";
export { categories, typeDefinitionSchema } from "./catalog/type-definition.ts";
export { addComponent, type NewComponent } from "./edit/add-component.ts";
export {
  type ComponentName,
  componentNameError,
  componentNameFile,
  nicknameError,
} from "./edit/component-name.ts";
export { deleteComponent } from "./edit/delete-component.ts";
export { detectFormatting } from "./edit/detect-formatting.ts";
export {
  type Duplicate,
  type DuplicateResult,
  type Duplication,
  duplicateComponents,
} from "./edit/duplicate-components.ts";
export type { JsonPath } from "./edit/edit-json-text.ts";
export type { EditResult } from "./edit/edit-result.ts";
export { type Placement, placeComponents } from "./edit/place-components.ts";
export { promoteComponent } from "./edit/promote-component.ts";
export { referencesToRename } from "./edit/references-to-rename.ts";
export {
  type ComponentReference,
  type ComponentRename,
  renameComponent,
} from "./edit/rename-component.ts";
export { setConfigValue } from "./edit/set-config-value.ts";
export { uniqueNickname } from "./edit/unique-nickname.ts";
export { escapeLabel, formatMermaid, type MermaidStyle } from "./format/format-mermaid.ts";
export { printable } from "./format/printable.ts";
export { buildGraph } from "./graph/build-graph.ts";
export { downstream, upstream } from "./graph/closures.ts";
export type { Graph, GraphEdge, GraphNode, ReferenceKind } from "./graph/graph.ts";
export { shortestPath } from "./graph/shortest-path.ts";
export { dependencyCycles, stronglyConnectedComponents } from "./graph/strongly-connected.ts";
export { topologicalWaves } from "./graph/topological-waves.ts";
export type { Issue, IssueCode, Severity } from "./issues/issue.ts";
export type { FileMap, JsonObject, JsonValue } from "./json.ts";
export { isJsonObject, ownValue } from "./json.ts";
export {
  type LayoutPosition,
  type LayoutPositions,
  layoutFileEnv,
  layoutFilePath,
  type ParsedLayoutFile,
  parseLayoutFile,
  serializeLayoutFile,
} from "./layout/layout-file.ts";
export { lineageSubgraph } from "./lineage/lineage-subgraph.ts";
export {
  type LineageBinding,
  type LineageHop,
  type LineageTrace,
  traceLineage,
} from "./lineage/trace-lineage.ts";
export { computePlan, type PlanOptions } from "./plan/compute-plan.ts";
export type { FieldChange } from "./plan/diff-config.ts";
export { diffConfig, jsonEqual } from "./plan/diff-config.ts";
export { formatPlanMarkdown } from "./plan/format-plan-markdown.ts";
export { formatPlanScript } from "./plan/format-plan-script.ts";
export { issuesOfChange } from "./plan/issues-of-change.ts";
export type {
  Plan,
  PlanAction,
  PlanActionKind,
  PlanConsequence,
  PlanWave,
} from "./plan/plan.ts";
export { type ChangeSign, changeSign, describeChange } from "./plan/plan-changes.ts";
export {
  type ActionIndex,
  actionKey,
  baseLabel,
  errorCount,
  hasChanges,
  indexActions,
  type PlanReport,
  pastTense,
  planCounts,
  planOutcome,
  planReport,
  type WaveStep,
  waveSteps,
} from "./plan/plan-report.ts";
export type {
  CommitDelta,
  CommitHistory,
  CommitInfo,
  PathChange,
  RepositoryState,
} from "./provenance/commit-delta.ts";
export { componentHistory } from "./provenance/component-history.ts";
export {
  type EnvironmentLogOptions,
  environmentLog,
} from "./provenance/environment-log.ts";
export type {
  CommitGraphChange,
  ComponentChange,
  ComponentChangeKind,
  ComponentCommit,
  EdgeChange,
  EnvironmentLog,
} from "./provenance/history-change.ts";
export { historyEnvironments } from "./provenance/history-environments.ts";
export { classifyPath } from "./repo/classify-path.ts";
export { componentFile, componentId, parseComponentId } from "./repo/component-id.ts";
export { maxFileBytes, maxJsonDepth, tooLargeMessage } from "./repo/file-limits.ts";
export { type FileMapWrites, writeFiles, writesOf } from "./repo/file-map-writes.ts";
export { JsonDocument } from "./repo/json-document.ts";
export { type LoadOptions, loadWorkspace } from "./repo/load-workspace.ts";
export { type NotReadPath, notReadCovering, notReadIssue } from "./repo/not-read.ts";
export { parseAhead } from "./repo/parse-ahead.ts";
export type { Position } from "./repo/text-positions.ts";
export type { AccountEnvironment, Component, Workspace } from "./repo/workspace.ts";
export { driftRepositories } from "./repositories/drift-repositories.ts";
export { parseWorkspaceAhead } from "./repositories/parse-workspace-ahead.ts";
export { planRepositories } from "./repositories/plan-repositories.ts";
export { planWorkspaceRepositories } from "./repositories/plan-workspace-repositories.ts";
export { repositoriesGraph } from "./repositories/repositories-graph.ts";
export { type Repository, repositoryFile } from "./repositories/repository.ts";
export { referencesAcross } from "./repositories/resolve-across.ts";
export {
  repositoryIssues,
  validateRepositories,
  validateRepositoriesInSteps,
} from "./repositories/validate-repositories.ts";
export {
  type ParsedWorkspaceFile,
  parseWorkspaceFile,
  type WorkspaceFileEntry,
  workspaceFilePath,
  workspaceFileSchema,
} from "./repositories/workspace-file.ts";
export { workspaceGraph } from "./repositories/workspace-graph.ts";
export {
  isRepositoryName,
  prefixFiles,
  repositoryPrefix,
  splitWorkspaceFiles,
  splitWorkspacePath,
} from "./repositories/workspace-paths.ts";
export {
  type LoadRepositoriesOptions,
  loadRepositories,
  type WorkspaceRepositories,
  workspaceIssueFile,
} from "./repositories/workspace-repositories.ts";
export { computeDrift } from "./runtime/compute-drift.ts";
export type {
  ComponentDrift,
  DriftReport,
  DriftStatus,
  DriftSummary,
  MissingRuntimeOutputs,
} from "./runtime/drift.ts";
export { parseSnapshot } from "./runtime/parse-snapshot.ts";
export type {
  DeployedComponent,
  OrphanFunctionRuntime,
  RuntimeSnapshot,
  SnapshotParameter,
} from "./runtime/snapshot.ts";
export {
  type GenerateRepositoryOptions,
  generateRepository,
} from "./synthetic/generate-repository.ts";
export {
  dealRepository,
  type GenerateWorkspaceOptions,
  generateWorkspace,
  syntheticRepositoryName,
} from "./synthetic/generate-workspace.ts";
export { type ExportCheck, exportCheck } from "./validate/export-check.ts";
export {
  type ValidateOptions,
  validateInSteps,
  validateWorkspace,
} from "./validate/validate-workspace.ts";
export { type Connection, connect, type Disconnection, disconnect } from "./wiring/connect.ts";
export {
  matchValue,
  type ReferenceSlot,
  referenceSlots,
  type SlotsResult,
  type WiringComponent,
} from "./wiring/reference-slots.ts";
