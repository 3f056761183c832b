import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Fallback({ error, onReset }: { error: Error; onReset: () => void }) {
  const { t } = useTranslation('common');
  return (
    <Result
      status="warning"
      title={t('errorBoundaryTitle')}
      subTitle={t('errorBoundaryBody')}
      extra={
        <Button type="primary" onClick={onReset}>
          {t('reload')}
        </Button>
      }
    >
      <pre className="g-error-detail">{error.message}</pre>
    </Result>
  );
}

/** Keeps one broken screen from blanking the whole window. */
export class ErrorBoundary extends Component<
  { children: ReactNode; resetKey: string },
  { error: Error | null; key: string }
> {
  override state = { error: null as Error | null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(
    props: { resetKey: string },
    state: { error: Error | null; key: string },
  ) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Screen crashed', error, info.componentStack);
  }

  override render() {
    return this.state.error ? (
      <Fallback error={this.state.error} onReset={() => this.setState({ error: null })} />
    ) : (
      this.props.children
    );
  }
}
