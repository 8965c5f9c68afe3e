/** 办理用时 in working days; an answer on the day of receipt counts as same-day (当日办结). */
export function handlingTime(workingDays: number): string {
  return workingDays === 0 ? '当日答复' : `${workingDays} 个工作日`
}
