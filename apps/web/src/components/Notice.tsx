import styles from './Notice.module.css'

/** A short German/English notice in place of content: never a stack trace. */
export function Notice({ title, text, children }: { title: string; text: string; children?: React.ReactNode }) {
  return (
    <section className={styles.notice} role="status">
      <h1>{title}</h1>
      <p>{text}</p>
      {children}
    </section>
  )
}
