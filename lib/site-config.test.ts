import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repositoryFrom } from './site-config';

test('the repository for edit links: the setting, else GitHub Actions, else a GitHub origin, else none', () => {
  assert.equal(repositoryFrom({ FAULTLINE_REPOSITORY_URL: 'https://git.example.org/x/faultline/' }, 'git@github.com:a/b.git'), 'https://git.example.org/x/faultline');
  assert.equal(repositoryFrom({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'someone/faultline' }, undefined), 'https://github.com/someone/faultline');
  assert.equal(repositoryFrom({}, 'git@github.com:someone/faultline.git\n'), 'https://github.com/someone/faultline');
  assert.equal(repositoryFrom({}, 'https://github.com/someone/faultline'), 'https://github.com/someone/faultline');
  assert.equal(repositoryFrom({}, 'ssh://git@github.com/someone/fault.line.git'), 'https://github.com/someone/fault.line');
  // A local path or another host cannot be turned into an edit link: no link rather than a wrong one.
  assert.equal(repositoryFrom({}, '/work/main'), undefined);
  assert.equal(repositoryFrom({}, 'https://gitlab.com/someone/faultline.git'), undefined);
  assert.equal(repositoryFrom({}, undefined), undefined);
});
