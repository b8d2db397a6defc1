import { readdirSync, readFileSync } from 'node:fs'

/**
 * Peak memory of process groups (a process and all its descendants), sampled once a second from
 * /proc. PSS (proportional set size) splits shared pages between the processes that share them,
 * so PostgreSQL's shared buffers count once, not once per backend.
 */
export class MemorySampler {
  #peaks = new Map<string, number>()
  #timer?: NodeJS.Timeout

  constructor(private readonly groups: Record<string, () => number | undefined>) {}

  start() {
    this.#sample()
    this.#timer = setInterval(() => this.#sample(), 1000)
    this.#timer.unref()
  }

  stop(): Record<string, number> {
    clearInterval(this.#timer)
    this.#sample()
    return Object.fromEntries(this.#peaks)
  }

  #sample() {
    const parents = new Map<number, number>()
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue
      try {
        // The command name may contain spaces and parentheses: the parent pid follows the last ")".
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
        parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
      } catch {
        // The process ended between listing and reading.
      }
    }
    for (const [name, rootPid] of Object.entries(this.groups)) {
      const root = rootPid()
      if (!root) continue
      const members = [...parents.keys()].filter((pid) => {
        for (let current: number | undefined = pid; current && current > 1; current = parents.get(current)) if (current === root) return true
        return false
      })
      const bytes = members.reduce((sum, pid) => sum + pss(pid), 0)
      this.#peaks.set(name, Math.max(this.#peaks.get(name) ?? 0, bytes))
    }
  }
}

function pss(pid: number): number {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))
    return match ? Number(match[1]) * 1024 : 0
  } catch {
    return 0
  }
}
