import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

// The CI files an office uses as they are: they cannot run here, so this reads them as GitHub and
// GitLab do (YAML) and checks what they promise: every merge to main checks the content, builds
// dist/, prints the papers with Debian's Chromium and publishes the result; every change request
// is checked and previewed; and every npm command they call exists.

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface GitHubJob {
  'runs-on': string;
  container?: string;
  needs?: string;
  steps: Step[];
  environment?: { name: string };
}
interface GitHubWorkflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, GitHubJob>;
}
interface GitLabJob {
  stage: string;
  rules?: { if: string }[];
  script: string[];
  artifacts?: { paths: string[] };
}

const read = <T>(file: string) => load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA }) as T;
const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);

/** The npm scripts a list of shell commands runs, in order. */
function npmRuns(commands: string[]): string[] {
  return commands.flatMap((command) => [...command.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1] ?? ''));
}

describe('GitHub Actions', () => {
  const publish = read<GitHubWorkflow>('.github/workflows/publish.yml');
  const review = read<GitHubWorkflow>('.github/workflows/review.yml');

  it('publish dist/ with the papers to GitHub Pages on every merge to main', () => {
    expect(publish.on['push']).toEqual({ branches: ['main'] });
    expect(publish.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const build = publish.jobs['build'];
    const runs = (build?.steps ?? []).flatMap((step) => (step.run ? [step.run] : []));
    expect(npmRuns(runs)).toEqual(['check', 'build', 'papers']);
    // Chromium from Debian's apt, as .ci/run installs it, before the papers are printed.
    expect(build?.container).toMatch(/bookworm/);
    expect(runs.findIndex((run) => /apt-get install .*chromium/.test(run))).toBeLessThan(
      runs.findIndex((run) => run.includes('npm run papers')),
    );
    expect(build?.steps.at(-1)).toEqual({ uses: 'actions/upload-pages-artifact@v3', with: { path: 'dist/' } });
    const deploy = publish.jobs['deploy'];
    expect(deploy?.needs).toBe('build');
    expect(deploy?.environment?.name).toBe('github-pages');
    expect(deploy?.steps.map((step) => step.uses)).toEqual(['actions/deploy-pages@v4']);
  });

  it('check and build every pull request, for the content set in use', () => {
    expect(Object.keys(review.on)).toEqual(['pull_request']);
    const runs = (review.jobs['review']?.steps ?? []).flatMap((step) => (step.run ? [step.run] : []));
    expect(npmRuns(runs)).toEqual(['review', 'check', 'build']);
    for (const workflow of [publish, review]) {
      for (const job of Object.values(workflow.jobs)) expect(JSON.stringify(job)).not.toContain('LOTSE_CMS_BACKEND');
    }
  });
});

describe('GitLab CI', () => {
  const ci = read<Record<string, unknown> & { stages: string[]; pages: GitLabJob; review: GitLabJob }>('.gitlab-ci.yml');

  it('publishes dist/ with the papers to GitLab Pages on every merge to the default branch', () => {
    expect(ci.stages).toEqual(['review', 'publish']);
    expect(ci.pages.stage).toBe('publish');
    expect(ci.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(ci.pages.script[0]).toMatch(/apt-get install .*chromium/);
    expect(npmRuns(ci.pages.script)).toEqual(['check', 'build', 'papers']);
    // GitLab Pages publishes the folder "public".
    expect(ci.pages.script.at(-1)).toBe('rm -rf public && mv dist public');
    expect(ci.pages.artifacts?.paths).toEqual(['public']);
  });

  it('checks and previews every merge request', () => {
    expect(ci.review.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(npmRuns(ci.review.script)).toEqual(['review', 'check', 'build']);
  });
});

describe('every workflow', () => {
  it('calls only npm scripts that exist', () => {
    const files = ['.github/workflows/publish.yml', '.github/workflows/review.yml', '.gitlab-ci.yml'];
    for (const file of files) {
      for (const name of npmRuns([readFileSync(file, 'utf8')])) expect(scripts, `${file}: npm run ${name}`).toContain(name);
    }
  });
});
