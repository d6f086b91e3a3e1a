/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The page already has its timeline data element (src/widgets/timeline/timelineData.ts). */
    timelineDataWritten?: boolean;
  }
}
