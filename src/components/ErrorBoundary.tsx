import { Component, type ReactNode } from 'react';

interface Props {
  fallback: (error: Error) => ReactNode;
  /** Changing the key of what is rendered retries; so does changing this. */
  resetKey?: unknown;
  children: ReactNode;
}

/** Keeps one broken part of the page from blanking the rest: it renders the fallback in its place. */
export class ErrorBoundary extends Component<Props, { error?: Error }> {
  state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidUpdate(prev: Props) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: undefined });
  }

  componentDidCatch(error: Error) {
    // Visible in the card already; the console line helps whoever debugs it.
    console.warn('A dashboard view failed:', error.message);
  }

  render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
