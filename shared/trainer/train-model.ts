import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { digestBytes, type Digest } from '../digest.js';
import { errnoCode, UserError } from '../errors.js';
import { loadParamsFile } from '../train/params-file.js';
import { parseTrainingCsv, type TrainingSet } from './dataset.js';
import { trainGradientBoosting } from './gradient-boosting.js';
import { trainLogisticRegression } from './logistic-regression.js';
import { modelToOnnx, predictLabels, predictProbabilities, type BinaryClassifier } from './model.js';
import { trainerSettings, type TrainerParams } from './trainer-params.js';

export interface TrainModelOptions {
  /** CSV training data. */
  data: string;
  /** Label column; overrides the params file's `label`. */
  label?: string;
  /** YAML/JSON params file (model family and hyperparameters). */
  params: string;
  /** Where the ONNX model goes. */
  out: string;
  /** Optional JSON file for training metrics. */
  metrics?: string;
}

export interface TrainingMetrics {
  model: TrainerParams['model'];
  n_samples: number;
  n_features: number;
  accuracy: number;
  log_loss: number;
}

export interface TrainModelResult {
  model: BinaryClassifier;
  modelDigest: Digest;
  metrics: TrainingMetrics;
}

/** Reads data and params, trains, and writes the ONNX model (and metrics) — the `mlci train-model` use case. */
export async function trainModelFromFiles(options: TrainModelOptions): Promise<TrainModelResult> {
  const settings = trainerSettings(await loadParamsFile(options.params));
  const label = options.label ?? settings.label;
  if (!label) {
    throw new UserError('No label column given.', { input: 'label', fix: 'Pass --label <column> or set `label:` in the params file.' });
  }
  const text = await readFile(options.data, 'utf8').catch((error: unknown) => {
    if (errnoCode(error) !== 'ENOENT') throw error;
    throw new UserError(`training data ${options.data} does not exist.`, { input: 'data', file: options.data, fix: 'Restore the dataset version first or correct the path.' });
  });
  const data = parseTrainingCsv(text, { label, features: settings.features, source: options.data });
  const model = trainBinaryClassifier(data, settings.params);
  const bytes = modelToOnnx(model, { label });
  const metrics = trainingMetrics(model, data, settings.params);
  await writeOutput(options.out, bytes);
  if (options.metrics) await writeOutput(options.metrics, `${JSON.stringify(metrics, null, 2)}\n`);
  return { model, modelDigest: digestBytes(bytes), metrics };
}

export function trainBinaryClassifier(data: TrainingSet, params: TrainerParams): BinaryClassifier {
  const positives = data.labels.reduce((n, y) => n + y, 0);
  if (positives === 0 || positives === data.rows) {
    throw new UserError(`label '${data.labelName}' has only one class (${positives === 0 ? 0 : 1}) in ${data.rows} rows.`, {
      input: 'label',
      fix: 'A binary classifier needs examples of both classes; check the label column and the data version.',
    });
  }
  return params.model === 'logistic-regression' ? trainLogisticRegression(data, params) : trainGradientBoosting(data, params);
}

function trainingMetrics(model: BinaryClassifier, data: TrainingSet, params: TrainerParams): TrainingMetrics {
  const p = predictProbabilities(model, data.features, data.rows);
  const labels = predictLabels(p);
  let correct = 0;
  let loss = 0;
  const eps = 2 ** -52;
  for (let r = 0; r < data.rows; r++) {
    const y = data.labels[r]!;
    if (labels[r] === y) correct += 1;
    const q = Math.min(Math.max(p[r]!, eps), 1 - eps);
    loss -= y === 1 ? Math.log(q) : Math.log(1 - q);
  }
  return { model: params.model, n_samples: data.rows, n_features: data.featureNames.length, accuracy: correct / data.rows, log_loss: loss / data.rows };
}

async function writeOutput(path: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
}
