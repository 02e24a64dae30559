export {
  indexLineage,
  lineageIndexKey,
  lineageIndexOf,
  lineageOfModel,
  parseDigestArgument,
  putLineageRecord,
  readLineage,
  writeLineage,
  type LineageAttachments,
} from './lineage-store.js';
export {
  LOCAL_BUILDER_ID,
  parseStatement,
  provenanceStatement,
  serializeStatement,
  TRAIN_BUILD_TYPE,
  verifyFileAgainstStatement,
  type ProvenanceContext,
  type VerifyResult,
} from './provenance.js';
export { describeData, lineageMermaid, lineageSummaryMarkdown, shortDigest, showText, whyText, type SummaryFacts } from './render.js';
export type { LineageData, LineageIndex, LineageOutput, LineageRecord } from '../schemas/lineage-record.js';
