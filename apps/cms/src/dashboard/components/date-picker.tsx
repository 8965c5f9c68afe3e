'use client'
import { useState } from 'react'

/** A day (or month) picker with its own 查看 button: the page reloads its answer only when asked. */
export function DatePicker(props: { label: string; type: 'date' | 'month'; value: string; max: string; onPick: (value: string) => void }) {
  const [value, setValue] = useState(props.value)
  return (
    <form
      className="gs-sv-toolbar"
      style={{ margin: 0 }}
      onSubmit={(event) => {
        event.preventDefault()
        if (value) props.onPick(value)
      }}
    >
      <label>
        {props.label}
        <input type={props.type} value={value} max={props.max} required onChange={(event) => setValue(event.target.value)} name={props.type} />
      </label>
      <button type="submit" className="gs-sv-button">
        查看
      </button>
    </form>
  )
}
