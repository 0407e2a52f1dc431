// The part of Eleventy's programmatic API that Briefing uses (the package ships no type declarations).
declare module "@11ty/eleventy" {
  interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string | false;
    config?: (eleventyConfig: any) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    toJSON(): Promise<unknown>;
    disableLogger(): void;
  }
}
