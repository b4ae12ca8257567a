import { describe, expect, it } from 'vitest';

import { aptGetCommand, type InstallRights } from '../../src/system-packages.js';

const debianUser: InstallRights = { platform: 'linux', root: false, passwordlessSudo: false, aptGet: true };

describe('aptGetCommand', () => {
  it('runs apt-get itself as root', () => {
    expect(aptGetCommand({ ...debianUser, root: true })).toEqual({ file: 'apt-get', args: [] });
  });

  it('goes through sudo -n where sudo asks no password', () => {
    expect(aptGetCommand({ ...debianUser, passwordlessSudo: true })).toEqual({ file: 'sudo', args: ['-n', 'apt-get'] });
  });

  it('installs nothing for a user who would be asked a password', () => {
    expect(aptGetCommand(debianUser)).toBeNull();
  });

  it('installs nothing without apt-get, or off Linux', () => {
    expect(aptGetCommand({ ...debianUser, root: true, aptGet: false })).toBeNull();
    expect(aptGetCommand({ ...debianUser, root: true, platform: 'darwin' })).toBeNull();
  });
});
