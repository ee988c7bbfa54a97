import type { Command } from 'commander';
import type { EvidenceFile, EvidenceTool } from '../evidence/model.js';
import { InputError } from '../errors.js';
import { findingsOptions, writeFindings, type FindingsOptions } from './lint.js';
import { collect } from './options.js';
import { loadUsable, todayIso } from './shared.js';

interface DriftOptions extends FindingsOptions {
  sbom: string[];
  bearer: string[];
  privado: string[];
}

export function registerDrift(program: Command): void {
  findingsOptions(
    program
      .command('drift')
      .description('compare what the code does (SBOM, Bearer, Privado) with what the inventory declares')
      .argument('[dir]', 'inventory folder', 'inventory')
      .option('--sbom <file>', 'CycloneDX JSON SBOM, 1.4 to 1.6 (repeatable)', collect, [])
      .option('--bearer <file>', 'Bearer CLI privacy or dataflow report, JSON (repeatable)', collect, [])
      .option('--privado <file>', "Privado's privado.json (repeatable)", collect, []),
  )
    .addHelpText(
      'after',
      `
Examples:
  npm sbom --sbom-format cyclonedx > sbom.json && ropa drift inventory --sbom sbom.json
  bearer scan . --report privacy --format json --output bearer.json
  ropa drift --bearer bearer.json --privado .privado/privado.json --format sarif -o drift.sarif

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or input error.`,
    )
    .action(async (dir: string, options: DriftOptions) => {
      const files: EvidenceFile[] = [
        ...evidence(options.sbom, 'cyclonedx'),
        ...evidence(options.bearer, 'bearer'),
        ...evidence(options.privado, 'privado'),
      ];
      if (files.length === 0)
        throw new InputError('drift needs evidence: give --sbom, --bearer or --privado');
      const { readEvidence } = await import('../evidence/index.js');
      const { lint } = await import('../rules/run.js');
      const { DRIFT_RULES } = await import('../rules/index.js');
      const read = readEvidence(files);
      const { loaded, config, context, inputs } = await loadUsable(dir, options);
      const diagnostics = lint(loaded, { config, today: todayIso(), evidence: read, rules: DRIFT_RULES });
      // the evidence files are inputs too: -o must not replace them
      const evidenceFiles = files.map((file) => file.path);
      await writeFindings(
        diagnostics,
        options,
        { ...context, rules: DRIFT_RULES },
        {
          ...inputs,
          files: [...inputs.files, ...evidenceFiles],
        },
      );
    });
}

function evidence(paths: readonly string[], tool: EvidenceTool): EvidenceFile[] {
  return paths.map((path) => ({ path, tool }));
}
