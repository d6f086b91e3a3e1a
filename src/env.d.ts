/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The ids of the data elements the page already has (src/lib/PageDataScript.astro). */
    pageDataWritten?: Set<string>;
  }
}
