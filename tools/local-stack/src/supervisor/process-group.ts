import { SupervisedProcess, type ProcessEvent, type ProcessSpec } from './supervised-process.js';

/** What every member gets unless its spec says otherwise: where its output goes, its guard. */
export type MemberDefaults = Pick<ProcessSpec, 'stdout' | 'stderr' | 'guard'>;

/**
 * Every child of one local stack. Stopping is parallel (each child drains on its own), and if the
 * orchestrator exits without stopping them (a crash) they are killed on the way out, so no
 * process outlives the run.
 */
export class ProcessGroup {
  private readonly members: SupervisedProcess[] = [];
  private readonly killOnExit = (): void => {
    for (const member of this.members) member.killNow();
  };

  constructor(
    private readonly report: (event: ProcessEvent) => void,
    private readonly defaults: MemberDefaults = {},
  ) {
    process.on('exit', this.killOnExit);
  }

  /** Spawns one process and resolves once it is healthy. */
  async start(spec: ProcessSpec): Promise<SupervisedProcess> {
    const member = new SupervisedProcess({ ...this.defaults, ...spec }, this.report);
    this.members.push(member);
    await member.start();
    return member;
  }

  list(): readonly SupervisedProcess[] {
    return this.members;
  }

  async stopAll(): Promise<void> {
    await Promise.all(this.members.map((member) => member.stop()));
    process.off('exit', this.killOnExit);
  }
}
