// One whisper.cpp transcriber for the app, with the model loaded once: live transcripts and the processing
// queue ask for it at the same time, so the start and each load are shared promises, forgotten when they fail.
import { AppError } from '../../common/errors';
import { Transcriber } from '../transcriber/transcriber';
import { modelStatusOf } from './models';

export class TranscriberHost {
  private transcriber: Promise<Transcriber> | null = null;
  private loadedModel: { path: string; loaded: Promise<unknown> } | null = null;
  /** Set at close: no transcriber may start after that. */
  private closing = false;

  async forModel(modelPath: string): Promise<Transcriber> {
    if (this.closing) throw new AppError('cancelled', 'the app is closing');
    if (this.transcriber === null) {
      const starting = Transcriber.start({});
      this.transcriber = starting;
      starting.catch(() => {
        if (this.transcriber === starting) this.transcriber = null;
      });
    }
    const transcriber = await this.transcriber;
    let model = this.loadedModel;
    if (model?.path !== modelPath) {
      const loading = { path: modelPath, loaded: transcriber.load(modelPath) };
      model = loading;
      this.loadedModel = loading;
      loading.loaded.catch(() => {
        if (this.loadedModel === loading) this.loadedModel = null;
      });
    }
    await model.loaded;
    return transcriber;
  }

  /** Like forModel, after checking the file is a usable model (a live transcript starts on any model path). */
  async forCheckedModel(modelPath: string): Promise<Transcriber> {
    const status = await modelStatusOf(modelPath);
    if (status.state !== 'ready') {
      throw status.state === 'invalid'
        ? new AppError('model-invalid', status.error)
        : new AppError('model-missing', 'no Whisper model is chosen');
    }
    return this.forModel(modelPath);
  }

  async close(): Promise<void> {
    this.closing = true;
    const transcriber = await this.transcriber?.catch(() => null);
    this.transcriber = null;
    this.loadedModel = null;
    await transcriber?.close();
  }
}
